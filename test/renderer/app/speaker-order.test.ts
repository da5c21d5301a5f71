import { describe, expect, it } from 'vitest';
import { moveSpeaker } from '../../../renderer/src/app/speaker-order.js';

describe('moving a speaker in the roster', () => {
  it('puts the dragged speaker where the target was, before it moving up and after it moving down', () => {
    expect(moveSpeaker(['A', 'B', 'C'], 'C', 'A')).toEqual(['C', 'A', 'B']);
    expect(moveSpeaker(['A', 'B', 'C'], 'A', 'C')).toEqual(['B', 'C', 'A']);
    expect(moveSpeaker(['A', 'B'], 'B', 'A')).toEqual(['B', 'A']);
  });

  it('leaves the order as it is for a speaker not in it, or dropped on itself', () => {
    expect(moveSpeaker(['A', 'B'], 'X', 'A')).toEqual(['A', 'B']);
    expect(moveSpeaker(['A', 'B'], 'A', 'A')).toEqual(['A', 'B']);
  });
});
