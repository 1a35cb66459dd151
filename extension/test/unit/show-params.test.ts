import { expect } from '@open-wc/testing';
import { parseShowParams, showPagePath } from '../../src/show/show-params.js';

describe('show page parameters', () => {
  it('round-trips widget, language and audience through the URL', () => {
    const path = showPagePath({ widget: 'work', language: 'nn', audience: 'clinician' });
    expect(path).to.equal('show.html?widget=work&lang=nn&audience=clinician');
    expect(parseShowParams(path.slice(path.indexOf('?')))).to.deep.equal({
      widget: 'work',
      language: 'nn',
      audience: 'clinician',
    });
  });

  it('leaves out unknown values so the settings apply instead', () => {
    expect(parseShowParams('?widget=knee&lang=sv&audience=everyone')).to.deep.equal({});
    expect(parseShowParams('')).to.deep.equal({});
    expect(parseShowParams('?lang=en')).to.deep.equal({ language: 'en' });
  });
});
