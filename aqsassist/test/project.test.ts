import { expect } from 'chai';
import { problemOf } from '@aqs/servicelib/testing';
import { ALL_PROJECTS_REFUSED, INVALID_PROJECT, normalizeProject, normalizeReferer } from '../src/project.js';


describe('normalizeProject (spec §1.3)', () => {
  const cases: [string, string][] = [
    ['EN.WIKIPEDIA.ORG', 'en.wikipedia'],
    ['www.en.wikipedia.org', 'en.wikipedia'],
    [' WWW.MediaWiki.ORG ', 'mediawiki'],
    ['commons.wikimedia.org', 'commons.wikimedia'],
    ['en.wikipedia.org.org', 'en.wikipedia.org'],
    ['all-projects', 'all-projects'],
    ['all-wikipedia-projects', 'all-wikipedia-projects'],
    ['en.wikipedia', 'en.wikipedia'],
    ['zh_min_nan.wikipedia', 'zh_min_nan.wikipedia'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(normalizeProject(input)).to.equal(expected));
  }
  for (const bad of ["w'eird", 'bizarre|project$name', '', 'en wikipedia', 'en/wikipedia', 'ünï.wikipedia', '%E0%A4%A']) {
    it(`refuses ${JSON.stringify(bad)} with a 400 naming the parameter`, () => {
      const p = problemOf(() => normalizeProject(bad));
      expect(p.status).to.equal(400);
      expect(p.detail).to.equal(INVALID_PROJECT);
    });
  }
  it('refuses all-… projects where the metric does not accept them', () => {
    const p = problemOf(() => normalizeProject('all-projects', { noAllProjects: true }));
    expect(p.status).to.equal(400);
    expect(p.detail).to.equal(ALL_PROJECTS_REFUSED);
    expect(normalizeProject('en.wikipedia', { noAllProjects: true })).to.equal('en.wikipedia');
  });
});

describe('normalizeReferer (spec §1.3)', () => {
  const cases: [string, string][] = [
    ['internal', 'internal'],
    ['External', 'external'],
    ['search-engine', 'search-engine'],
    ['unknown', 'unknown'],
    ['none', 'none'],
    ['All-Referers', 'all-referers'],
    ['de.wikipedia.org', 'de.wikipedia'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(normalizeReferer(input)).to.equal(expected));
  }
  it('refuses an invalid referer with the project message', () => {
    expect(problemOf(() => normalizeReferer('bad referer')).detail).to.equal(INVALID_PROJECT);
  });
});
