import { expect } from '@open-wc/testing';
import { CONDITION_IDS } from '@ryggrad/content';
import { DISC_LEVELS, SEGMENT_SIZE, VERTEBRAE, diagramParts, type DiagramStructure } from '../src/anatomy.js';
import { spineLayout, type VertebraShape } from '../src/geometry.js';
import { roundedPath, smoothPath } from '../src/paths.js';
import { segmentLayout } from '../src/segment-view.js';
import { REGIONS, SEGMENT_STRUCTURES } from './structures.js';

const EXPECTED_LABELS = [
  ...Array.from({ length: 7 }, (_, index) => `C${index + 1}`),
  ...Array.from({ length: 12 }, (_, index) => `T${index + 1}`),
  ...Array.from({ length: 5 }, (_, index) => `L${index + 1}`),
];

function vertebra(layout: { vertebrae: readonly VertebraShape[] }, label: string): VertebraShape {
  const found = layout.vertebrae.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no vertebra ${label}`);
  return found;
}

/** How far a vertebra sits behind (+) or in front of (−) the straight line between two others. */
function bulge(layout: { vertebrae: readonly VertebraShape[] }, middle: string, first: string, last: string): number {
  const [a, b, m] = [vertebra(layout, first), vertebra(layout, last), vertebra(layout, middle)];
  const t = (m.center[1] - a.center[1]) / (b.center[1] - a.center[1]);
  return m.center[0] - (a.center[0] + (b.center[0] - a.center[0]) * t);
}

function allNumbers(path: string): number[] {
  return (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

describe('spine-diagram geometry: vertebrae and discs', () => {
  it('has 7 cervical, 12 thoracic and 5 lumbar vertebrae, labelled in order', () => {
    expect(VERTEBRAE.map((entry) => entry.label)).to.deep.equal(EXPECTED_LABELS);
    expect(VERTEBRAE.filter((entry) => entry.region === 'cervical')).to.have.length(7);
    expect(VERTEBRAE.filter((entry) => entry.region === 'thoracic')).to.have.length(12);
    expect(VERTEBRAE.filter((entry) => entry.region === 'lumbar')).to.have.length(5);
    expect(spineLayout().vertebrae.map((entry) => entry.label)).to.deep.equal(EXPECTED_LABELS);
  });

  it('has a disc between every pair of vertebrae from C2 down to the sacrum, none between C1 and C2', () => {
    expect(DISC_LEVELS).to.have.length(23);
    expect(DISC_LEVELS[0]).to.equal('C2-C3');
    expect(DISC_LEVELS).to.include('C7-T1').and.include('T12-L1').and.include('L4-L5');
    expect(DISC_LEVELS[DISC_LEVELS.length - 1]).to.equal('L5-S1');
    expect(DISC_LEVELS).not.to.include('C1-C2');
    expect(spineLayout().discs.map((disc) => disc.level)).to.deep.equal([...DISC_LEVELS]);
  });

  it('makes the vertebrae larger downwards and stacks them from the top', () => {
    const layout = spineLayout();
    layout.vertebrae.forEach((entry, index) => {
      const above = layout.vertebrae[index - 1];
      if (!above) return;
      expect(entry.depth, `${entry.label} at least as deep as ${above.label}`).to.be.at.least(above.depth);
      expect(entry.center[1], `${entry.label} below ${above.label}`).to.be.greaterThan(above.center[1]);
    });
    expect(vertebra(layout, 'L5').height).to.be.greaterThan(vertebra(layout, 'T6').height);
    expect(vertebra(layout, 'T6').height).to.be.greaterThan(vertebra(layout, 'C4').height);
  });

  it('draws the natural curves: neck and low back forwards, chest backwards', () => {
    const layout = spineLayout();
    expect(bulge(layout, 'C4', 'C1', 'C7'), 'cervical lordosis').to.be.lessThan(-3);
    expect(bulge(layout, 'T6', 'T1', 'T12'), 'thoracic kyphosis').to.be.greaterThan(10);
    expect(bulge(layout, 'L3', 'L1', 'L5'), 'lumbar lordosis').to.be.lessThan(-5);
  });

  it('fits every shape inside its viewBox with finite numbers', () => {
    for (const condition of CONDITION_IDS) {
      const layout = spineLayout(condition);
      const paths = [
        ...layout.vertebrae.flatMap((entry) => [entry.body, entry.arch, entry.hit, entry.spurs]),
        ...layout.discs.flatMap((disc) => [disc.path, disc.hit]),
        layout.sacrum.path,
        layout.canal,
        layout.cord,
        ...layout.cauda,
      ];
      for (const path of paths) {
        for (const value of allNumbers(path)) {
          expect(Number.isFinite(value)).to.equal(true);
          expect(value, `${condition}: ${value} within the drawing`).to.be.within(
            -1,
            Math.max(layout.width, layout.height),
          );
        }
      }
      for (const entry of layout.vertebrae) {
        expect(entry.center[0]).to.be.within(0, layout.width);
        expect(entry.center[1]).to.be.within(0, layout.height);
      }
    }
  });
});

describe('spine-diagram geometry: conditions', () => {
  it('narrows the lumbar canal with stenosis, and only there', () => {
    const normal = spineLayout('none');
    const stenosis = spineLayout('stenosis');
    for (const label of ['L3', 'L4', 'L5']) {
      expect(vertebra(stenosis, label).canalWidth, label).to.be.lessThan(vertebra(normal, label).canalWidth / 2);
    }
    expect(vertebra(stenosis, 'C4').canalWidth).to.equal(vertebra(normal, 'C4').canalWidth);
    expect(vertebra(stenosis, 'T8').canalWidth).to.equal(vertebra(normal, 'T8').canalWidth);
    expect(stenosis.canal).not.to.equal(normal.canal);

    const segmentNormal = segmentLayout('none');
    const segmentStenosis = segmentLayout('stenosis');
    expect(segmentStenosis.canalWidth).to.be.lessThan(segmentNormal.canalWidth);
    expect(segmentStenosis.cauda.waist).to.be.lessThan(segmentNormal.cauda.waist);
    expect(segmentStenosis.foramen.width, 'nerve-root canal narrower').to.be.lessThan(segmentNormal.foramen.width);
    expect(segmentStenosis.foramen.height, 'nerve-root canal lower').to.be.lessThan(segmentNormal.foramen.height);
  });

  it('makes the discs lower and adds bony deposits with degeneration', () => {
    const normal = spineLayout('none');
    const aged = spineLayout('degeneration');
    aged.discs.forEach((disc, index) => {
      expect(disc.height, disc.level).to.be.lessThan(normal.discs[index]?.height ?? 0);
    });
    expect(vertebra(aged, 'L4').spurs).not.to.equal('');
    expect(vertebra(normal, 'L4').spurs).to.equal('');
    expect(segmentLayout('degeneration').disc.height).to.be.lessThan(segmentLayout('none').disc.height);
    expect(segmentLayout('degeneration').vertebrae.every((entry) => entry.spurs !== '')).to.equal(true);
    expect(segmentLayout('none').vertebrae.every((entry) => entry.spurs === '')).to.equal(true);
  });

  it('deepens the curve of the upper back with osteoporosis', () => {
    const normal = spineLayout('none');
    const brittle = spineLayout('osteoporosis');
    expect(brittle.kyphosis).to.be.greaterThan(normal.kyphosis);
    expect(bulge(brittle, 'T6', 'T1', 'T12')).to.be.greaterThan(bulge(normal, 'T6', 'T1', 'T12'));
  });

  it('draws a prolapse only with condition prolapse, at L4–L5 unless told another lumbar level', () => {
    for (const condition of CONDITION_IDS) {
      expect(spineLayout(condition).prolapse === undefined, condition).to.equal(condition !== 'prolapse');
      expect(segmentLayout(condition).prolapse === undefined, condition).to.equal(condition !== 'prolapse');
    }
    expect(spineLayout('prolapse').prolapse?.level).to.equal('L4-L5');
    expect(spineLayout('prolapse', 'L5-S1').prolapse?.level).to.equal('L5-S1');
    expect(spineLayout('prolapse', 'L5-S1').prolapse?.path).not.to.equal(spineLayout('prolapse').prolapse?.path);
  });

  it('works each layout out once, so choosing a part does not redraw the geometry', () => {
    expect(spineLayout('stenosis', 'L3-L4')).to.equal(spineLayout('stenosis', 'L3-L4'));
    expect(spineLayout('prolapse', 'L5-S1')).not.to.equal(spineLayout('prolapse', 'L4-L5'));
    expect(spineLayout('none')).not.to.equal(spineLayout('degeneration'));
    // Without a prolapse the level draws nothing, so it is the same layout.
    expect(spineLayout('stenosis', 'L3-L4')).to.equal(spineLayout('stenosis', 'L5-S1'));
    expect(segmentLayout('stenosis')).to.equal(segmentLayout('stenosis'));
    expect(segmentLayout('stenosis')).not.to.equal(segmentLayout('prolapse'));
  });

  it('draws the close-up at the size its placeholder keeps while the close-up loads', () => {
    for (const condition of CONDITION_IDS) {
      const { width, height } = segmentLayout(condition);
      expect({ width, height }, condition).to.deep.equal(SEGMENT_SIZE);
    }
  });
});

describe('spine-diagram geometry: explorable parts', () => {
  const structuresOf = (parts: ReturnType<typeof diagramParts>): Set<DiagramStructure> =>
    new Set(parts.map((part) => part.structure));

  it('lists the spine view along the spine: each region, its vertebrae and discs, then sacrum and cord', () => {
    const parts = diagramParts('spine', 'none');
    expect(parts).to.have.length(3 + 24 + 23 + 2);
    expect(new Set(parts.map((part) => part.key)).size).to.equal(parts.length);
    expect(parts.slice(0, 4).map((part) => part.key)).to.deep.equal([
      'region:cervical',
      'vertebra:C1',
      'vertebra:C2',
      'disc:C2-C3',
    ]);
    expect(parts.filter((part) => part.structure === 'vertebra').map((part) => part.vertebra)).to.deep.equal(
      EXPECTED_LABELS,
    );
    expect(parts.map((part) => part.key).slice(-3)).to.deep.equal(['disc:L5-S1', 'sacrum', 'spinal-cord']);
    expect([...structuresOf(parts)]).to.have.members([...REGIONS, 'vertebra', 'disc', 'sacrum', 'spinal-cord']);
  });

  it('adds the nerve root and the prolapse pressing on it last, on top of the canal', () => {
    const keys = diagramParts('spine', 'prolapse').map((part) => part.key);
    expect(keys.slice(-4)).to.deep.equal(['sacrum', 'spinal-cord', 'nerve-root:L4-L5', 'prolapse:L4-L5']);
    expect(diagramParts('spine', 'prolapse', 'L5-S1').map((part) => part.key)).to.include('prolapse:L5-S1');
    // Only a lumbar disc can be given; anything else keeps the default level out of the drawing's way.
    expect(diagramParts('spine', 'prolapse', 'C5-C6').some((part) => part.structure === 'prolapse')).to.equal(false);
    expect(spineLayout('prolapse', 'C5-C6').prolapse).to.equal(undefined);
  });

  it('shows all eight structures of the brochure drawing in the segment view with a prolapse', () => {
    expect([...structuresOf(diagramParts('segment', 'prolapse'))]).to.have.members(SEGMENT_STRUCTURES);
    expect([...structuresOf(diagramParts('segment', 'none'))]).to.have.members(
      SEGMENT_STRUCTURES.filter((id) => id !== 'prolapse'),
    );
    expect(
      diagramParts('segment', 'none')
        .filter((part) => part.structure === 'vertebra')
        .map((part) => part.vertebra),
    ).to.deep.equal(['L4', 'L5']);
    // The cauda equina comes first (painted behind everything), the traversing L5 root last (on top of the prolapse).
    const segment = diagramParts('segment', 'prolapse');
    expect(segment[0]?.key).to.equal('cauda-equina');
    expect(segment.slice(-3).map((part) => [part.key, part.role])).to.deep.equal([
      ['nerve-root:L4', 'exiting'],
      ['prolapse:L4-L5', undefined],
      ['nerve-root:L5', 'traversing'],
    ]);
  });
});

describe('spine-diagram geometry: path helpers', () => {
  it('rounds polygon corners and closes the path', () => {
    const path = roundedPath(
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
      2,
    );
    expect(path.startsWith('M')).to.equal(true);
    expect(path.endsWith('Z')).to.equal(true);
    expect(path.match(/Q/g)).to.have.length(4);
    expect(path).to.contain('Q10 0 10 2');
  });

  it('draws a smooth curve through every point', () => {
    const path = smoothPath([
      [0, 0],
      [10, 5],
      [20, 0],
    ]);
    expect(path.startsWith('M0 0')).to.equal(true);
    expect(path.match(/C/g)).to.have.length(2);
    expect(path)
      .to.contain(' 10 5C')
      .and.match(/ 20 0$/);
  });
});
