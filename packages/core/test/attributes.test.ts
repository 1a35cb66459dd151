import { expect } from '@open-wc/testing';
import { pickAllowed, pickInteger } from '../src/attributes.js';

describe('pickAllowed', () => {
  const audiences = ['patient', 'clinician'] as const;
  it('accepts an allowed value, case-insensitively', () => {
    expect(pickAllowed('clinician', audiences, 'patient')).to.deep.equal({ value: 'clinician' });
    expect(pickAllowed(' Clinician ', audiences, 'patient')).to.deep.equal({ value: 'clinician' });
  });
  it('uses the fallback silently when the value is absent', () => {
    expect(pickAllowed(null, audiences, 'patient')).to.deep.equal({ value: 'patient' });
    expect(pickAllowed('', audiences, 'patient')).to.deep.equal({ value: 'patient' });
  });
  it('uses the fallback and names the problem for an unknown value', () => {
    const result = pickAllowed('doctor', audiences, 'patient');
    expect(result.value).to.equal('patient');
    expect(result.problem).to.equal('"doctor" is not one of "patient", "clinician"; using "patient"');
  });
});

describe('pickInteger', () => {
  it('accepts whole numbers in range', () => {
    expect(pickInteger('3', 1, 6, 2)).to.deep.equal({ value: 3 });
    expect(pickInteger(6, 1, 6, 2)).to.deep.equal({ value: 6 });
  });
  it('falls back on bad values and says why', () => {
    for (const bad of ['0', '7', '2.5', 'two']) {
      const result = pickInteger(bad, 1, 6, 2);
      expect(result.value, bad).to.equal(2);
      expect(result.problem, bad).to.contain(`"${bad}" is not a whole number from 1 to 6`);
    }
  });
});
