// make run's table: one row per process, by port, one URL to try each.
import { expect } from 'chai';
import { renderTable, serviceRows } from '../src/run-table.js';

describe('make run: what runs where', () => {
  const rows = serviceRows([
    { name: 'page-analytics', scheme: 'http', port: 8093, ready: true, examples: ['/metrics/pageviews/top/en.wikipedia/all-access/2026/10/all-days', '/x'] },
    { name: 'kask', scheme: 'https', port: 8081, ready: false, examples: [] },
    { name: 'aqs', scheme: 'http', port: 8080, ready: true, examples: ['/api/rest_v1/metrics/pageviews/top/en.wikipedia/all-access/2026/10/all-days'] },
  ]);

  it('lists the services by port, the one process first, with one example each', () => {
    expect(rows.map((r) => r.what)).to.deep.equal(['aqs (every AQS service)', 'kask', 'page-analytics']);
    expect(rows[0]!.example).to.equal("curl 'http://localhost:8080/api/rest_v1/metrics/pageviews/top/en.wikipedia/all-access/2026/10/all-days'");
    expect(rows[1]).to.deep.include({ where: 'https://localhost:8081', state: 'NOT ANSWERING /healthz', example: "curl -k 'https://localhost:8081/healthz'" });
  });

  it('renders aligned columns under a header', () => {
    const lines = renderTable(rows).split('\n');
    expect(lines[0]).to.match(/^ {2}what +where +state +try$/);
    expect(lines[1]).to.match(/^ {2}-+ {2}-+ {2}-+ {2}---$/);
    const column = lines[0]!.indexOf('where');
    for (const line of lines.slice(2)) expect(line.slice(column)).to.match(/^https?:\/\/localhost:80\d\d /);
  });
});
