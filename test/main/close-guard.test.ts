import { describe, expect, it } from 'vitest';
import { CloseGuard } from '../../main/close-guard.js';

describe('closing with unsaved changes', () => {
  it('closes at once when there is nothing to save', () => {
    const guard = new CloseGuard();
    expect(guard.requestClose()).toBe('close');
    guard.documentState(false);
    expect(guard.requestClose()).toBe('close');
  });

  it('asks the renderer, then closes when it answers clean (saved or discarded)', () => {
    const guard = new CloseGuard();
    guard.documentState(true);
    expect(guard.requestClose()).toBe('ask-renderer');
    expect(guard.documentState(false)).toBe(true);
    expect(guard.requestClose()).toBe('close');
  });

  it('asks again on every request, so a renderer that never answers cannot keep the window open for good', () => {
    const guard = new CloseGuard();
    guard.documentState(true);
    expect(guard.requestClose()).toBe('ask-renderer');
    expect(guard.requestClose()).toBe('ask-renderer');
  });

  it('forgets the request when the user cancels, even if the renderer does not answer', () => {
    const guard = new CloseGuard();
    guard.documentState(true);
    guard.requestClose();
    guard.confirmAnswered('cancel');
    expect(guard.documentState(false)).toBe(false);
  });

  it('stays open when the renderer answers dirty (cancelled, or the save failed), and a later save does not close', () => {
    const guard = new CloseGuard();
    guard.documentState(true);
    expect(guard.requestClose()).toBe('ask-renderer');
    expect(guard.documentState(true)).toBe(false);
    expect(guard.documentState(false)).toBe(false);
    guard.documentState(true);
    expect(guard.requestClose()).toBe('ask-renderer');
  });

  it('lets the window close once the renderer has crashed', () => {
    const guard = new CloseGuard();
    guard.documentState(true);
    guard.rendererCrashed();
    expect(guard.requestClose()).toBe('close');
  });
});
