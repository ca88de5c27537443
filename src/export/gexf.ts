// GEXF 1.3 export (Gephi, Gephi Lite, graphology read it), written as a stream: attribute declarations from
// the model, then nodes, then edges. An edge's weight is its confidence. Every edge is directed as stored
// (networkx refuses undirected edges in a directed graph); ALLIED_WITH and MET_WITH keep the text's order.
import type { Writable } from 'node:stream';
import type { GraphRecord } from '../model/types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeAttributes, nodeAttributes, type Column } from './flat-attributes.js';
import type { ExportCounts } from './jsonl.js';
import { displayLabel } from './node-display.js';
import { sinkOf } from './sink.js';
import { xmlAttr } from './xml.js';

const GEXF_TYPES: Record<Column['type'], string> = { string: 'string', int: 'long', float: 'double' };

const declarations = (scope: 'node' | 'edge', columns: Column[]) =>
  `    <attributes class="${scope}">\n` +
  columns.map((c) => `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPES[c.type]}"/>\n`).join('') +
  '    </attributes>\n';

const attvalues = (attrs: Array<[string, string | number]>) =>
  attrs.length === 0
    ? ''
    : '        <attvalues>\n' +
      attrs.map(([k, v]) => `          <attvalue for="${k}" value="${xmlAttr(String(v))}"/>\n`).join('') +
      '        </attvalues>\n';

export async function exportGexf(records: AsyncIterable<GraphRecord>, out: Writable): Promise<ExportCounts> {
  const sink = sinkOf(out);
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      '  <meta>\n    <creator>kg</creator>\n    <description>political news knowledge graph</description>\n  </meta>\n' +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declarations('node', NODE_COLUMNS) +
      declarations('edge', EDGE_COLUMNS) +
      '    <nodes>\n',
  );
  const counts = { nodes: 0, relationships: 0 };
  let inEdges = false;
  for await (const r of records) {
    if (r.kind === 'node') {
      counts.nodes++;
      const n = r.node;
      await sink.write(
        `      <node id="${xmlAttr(n.id)}" label="${xmlAttr(displayLabel(n))}">\n` +
          attvalues(nodeAttributes(n)) +
          '      </node>\n',
      );
    } else {
      if (!inEdges) {
        inEdges = true;
        await sink.write('    </nodes>\n    <edges>\n');
      }
      counts.relationships++;
      const e = r.relationship;
      await sink.write(
        `      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.from.id)}" target="${xmlAttr(e.to.id)}" ` +
          `label="${e.type}" weight="${e.confidence}">\n` +
          attvalues(edgeAttributes(e)) +
          '      </edge>\n',
      );
    }
  }
  await sink.write(`${inEdges ? '' : '    </nodes>\n    <edges>\n'}    </edges>\n  </graph>\n</gexf>\n`);
  return counts;
}
