import { expect } from '@open-wc/testing';
import type { DiagramPart } from '../src/anatomy.js';
import { isHighlighted, parseHighlight, prolapseLevel } from '../src/highlight.js';

const part = (key: string, structure: DiagramPart['structure'], extra: Partial<DiagramPart> = {}): DiagramPart => ({
  key,
  structure,
  ...extra,
});

describe('spine-diagram highlight', () => {
  it('reads structure ids and vertebra labels, whatever their case', () => {
    const parsed = parseHighlight('L4 L5 prolapse');
    expect([...parsed.vertebrae]).to.deep.equal(['L4', 'L5']);
    expect([...parsed.structures]).to.deep.equal(['prolapse']);
    expect(parsed.unknown).to.deep.equal([]);

    const mixed = parseHighlight('  l4\tPROLAPSE  c7 Nerve-Root ');
    expect([...mixed.vertebrae]).to.deep.equal(['L4', 'C7']);
    expect([...mixed.structures]).to.deep.equal(['prolapse', 'nerve-root']);
  });

  it('understands Th for thoracic vertebrae and disc levels with a hyphen or an en dash', () => {
    const parsed = parseHighlight('Th12 t1 L4-L5 l5–s1 C7-T1');
    expect([...parsed.vertebrae]).to.deep.equal(['T12', 'T1']);
    expect([...parsed.levels]).to.deep.equal(['L4-L5', 'L5-S1', 'C7-T1']);
  });

  it('lists every token that names nothing once, as written', () => {
    const parsed = parseHighlight('L6 spleen c0 L4-L6 C1-C2 muscles spleen L4');
    expect(parsed.unknown).to.deep.equal(['L6', 'spleen', 'c0', 'L4-L6', 'C1-C2', 'muscles']);
    expect([...parsed.vertebrae]).to.deep.equal(['L4']);
    expect(parseHighlight(undefined).unknown).to.deep.equal([]);
    expect(parseHighlight('').structures.size).to.equal(0);
  });

  it('highlights a vertebra with its spinous process, a disc by its level, and every part of a named structure', () => {
    const highlight = parseHighlight('L4 L4-L5 facet-joint');
    expect(isHighlighted(highlight, part('vertebra:L4', 'vertebra', { vertebra: 'L4' }))).to.equal(true);
    expect(isHighlighted(highlight, part('spinous-process:L4', 'spinous-process', { vertebra: 'L4' }))).to.equal(true);
    expect(isHighlighted(highlight, part('vertebra:L5', 'vertebra', { vertebra: 'L5' }))).to.equal(false);
    expect(isHighlighted(highlight, part('nerve-root:L4', 'nerve-root', { vertebra: 'L4' }))).to.equal(false);
    expect(isHighlighted(highlight, part('disc:L4-L5', 'disc', { level: 'L4-L5' }))).to.equal(true);
    expect(isHighlighted(highlight, part('disc:L3-L4', 'disc', { level: 'L3-L4' }))).to.equal(false);
    expect(isHighlighted(highlight, part('facet-joint:L4-L5', 'facet-joint', { level: 'L4-L5' }))).to.equal(true);
    const everyDisc = parseHighlight('disc');
    expect(isHighlighted(everyDisc, part('disc:C5-C6', 'disc', { level: 'C5-C6' }))).to.equal(true);
  });

  it('places the prolapse at the first highlighted lumbar disc level', () => {
    expect(prolapseLevel(parseHighlight('C5-C6 L5-S1 L3-L4'), 'L4-L5')).to.equal('L5-S1');
    expect(prolapseLevel(parseHighlight('C5-C6 prolapse'), 'L4-L5')).to.equal('L4-L5');
  });
});
