import { expect } from '@open-wc/testing';
import { COURSE, STRETCH, courseSpan, shareBar } from '../src/chart.js';

describe('back facts: chart geometry', () => {
  it('draws a range as a solid bar to the lower bound and a band to the upper', () => {
    expect(shareBar(85, 90)).to.deep.equal({ solid: { x: 0, width: 85 }, band: { x: 85, width: 5 } });
    expect(shareBar(5, 10)).to.deep.equal({ solid: { x: 0, width: 5 }, band: { x: 5, width: 5 } });
    expect(shareBar(1, 5)).to.deep.equal({ solid: { x: 0, width: 1 }, band: { x: 1, width: 4 } });
  });

  it('draws an exact figure with no band, and keeps bad bounds on the track in order', () => {
    expect(shareBar(15, 15).band.width).to.equal(0);
    expect(shareBar(90, 85)).to.deep.equal(shareBar(85, 90));
    expect(shareBar(-5, 140)).to.deep.equal({ solid: { x: 0, width: 0 }, band: { x: 0, width: 100 } });
    expect(shareBar(Number.NaN, 10)).to.deep.equal({ solid: { x: 0, width: 0 }, band: { x: 0, width: 10 } });
  });

  it('puts acute pain in the first weeks, nerve-root pain into the months, and relapse as a band to 1–2 years', () => {
    const spans = Object.fromEntries(COURSE.map((row) => [row.id, { ...courseSpan(row), kind: row.kind }]));
    expect(spans.acute).to.deep.equal({ x: 0, width: STRETCH, kind: 'bar' });
    expect(spans['nerve-root']).to.deep.equal({ x: 0, width: 2 * STRETCH, kind: 'bar' });
    expect(spans.relapse).to.deep.equal({ x: STRETCH, width: 2 * STRETCH, kind: 'band' });
  });
});
