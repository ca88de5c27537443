// GraphML export (Gephi, yEd, networkx, Cytoscape read it), written as a stream: keys declared up front from
// the model, then the nodes, then the edges. Every edge is directed as stored (networkx refuses a directed
// graph with undirected edges in it), so ALLIED_WITH and MET_WITH keep the direction the text gave them.
import type { Writable } from 'node:stream';
import type { GraphRecord } from '../model/types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeAttributes, nodeAttributes, type Column } from './flat-attributes.js';
import type { ExportCounts } from './jsonl.js';
import { displayLabel } from './node-display.js';
import { sinkOf } from './sink.js';
import { xmlAttr, xmlText } from './xml.js';

const GRAPHML_TYPES: Record<Column['type'], string> = { string: 'string', int: 'long', float: 'double' };

const key = (scope: 'node' | 'edge', c: Column) =>
  `  <key id="${scope[0]}_${c.name}" for="${scope}" attr.name="${c.name}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`;

const data = (scope: 'node' | 'edge', attrs: Array<[string, string | number]>) =>
  attrs.map(([k, v]) => `      <data key="${scope[0]}_${k}">${xmlText(String(v))}</data>\n`).join('');

export async function exportGraphml(records: AsyncIterable<GraphRecord>, out: Writable): Promise<ExportCounts> {
  const sink = sinkOf(out);
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>\n' +
      NODE_COLUMNS.map((c) => key('node', c)).join('') +
      '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n' +
      EDGE_COLUMNS.map((c) => key('edge', c)).join('') +
      '  <graph id="kg" edgedefault="directed">\n',
  );
  const counts = { nodes: 0, relationships: 0 };
  for await (const r of records) {
    if (r.kind === 'node') {
      counts.nodes++;
      const n = r.node;
      await sink.write(
        `    <node id="${xmlAttr(n.id)}">\n` +
          `      <data key="n_label">${xmlText(displayLabel(n))}</data>\n` +
          data('node', nodeAttributes(n)) +
          '    </node>\n',
      );
    } else {
      counts.relationships++;
      const e = r.relationship;
      await sink.write(
        `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.from.id)}" target="${xmlAttr(e.to.id)}">\n` +
          `      <data key="e_label">${e.type}</data>\n` +
          data('edge', edgeAttributes(e)) +
          '    </edge>\n',
      );
    }
  }
  await sink.write('  </graph>\n</graphml>\n');
  return counts;
}
