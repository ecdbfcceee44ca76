import { expect } from 'chai';
import { normalizeArticle, normalizeFilePath, normalizePageTitle } from '../src/titles.js';

describe('normalizeArticle and normalizePageTitle (spec §1.3)', () => {
  it('turns every space into an underscore and nothing else', () => {
    expect(normalizeArticle('dash - space : colon % percent / slash')).to.equal('dash_-_space_:_colon_%_percent_/_slash');
    expect(normalizeArticle('albert einstein')).to.equal('albert_einstein');
    expect(normalizePageTitle('Main Page')).to.equal('Main_Page');
    expect(normalizePageTitle('Already_Underscored')).to.equal('Already_Underscored');
  });
});

describe('normalizeFilePath (spec §1.3, urls_with_punctuation)', () => {
  const cases: [string, string][] = [
    ['/wikipedia/commons/0/03/Siemens_I=40A_ΔI=30mA_RCD.JPG', '/wikipedia/commons/0/03/Siemens_I=40A_%CE%94I=30mA_RCD.JPG'],
    ['/wikipedia/commons/0/09/Boksida,_karta_ur_Wr.110:5_(Turc).tif', '/wikipedia/commons/0/09/Boksida%2C_karta_ur_Wr.110:5_(Turc).tif'],
    ['/wikipedia/az/5/57/Enes_Batur-_Xəyal_mı_Gerçək_mi?.jpg', '/wikipedia/az/5/57/Enes_Batur-_X%C9%99yal_m%C4%B1_Ger%C3%A7%C9%99k_mi?.jpg'],
    ['/wikipedia/commons/0/02/B^M_Grocery_of_Quinwood,_West_Virginia_-_panoramio.jpg', '/wikipedia/commons/0/02/B^M_Grocery_of_Quinwood%2C_West_Virginia_-_panoramio.jpg'],
    ['/wikipedia/commons/a/ab/With space.png', '/wikipedia/commons/a/ab/With%20space.png'],
    ['/wikipedia/commons/a/ab/Caf%C3%A9.png', '/wikipedia/commons/a/ab/Caf%C3%A9.png'],
    ['/wikipedia/commons/a/ab/$=`&+:?";@^.png', '/wikipedia/commons/a/ab/$=`&+:?";@^.png'],
    ['/wikipedia/commons/a/ab/[x]#{y}.png', '/wikipedia/commons/a/ab/%5Bx%5D%23%7By%7D.png'],
    ['/dir with space/é/file é.png', '/dir with space/é/file%20%C3%A9.png'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(normalizeFilePath(input)).to.equal(expected));
  }
});
