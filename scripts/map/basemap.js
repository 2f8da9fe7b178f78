#!/usr/bin/env node
// Development-time tool: cuts the basemap of the web Map page out of Natural Earth.
// Input: the npm package world-atlas@2 (Natural Earth 4.1.0 vector data as TopoJSON, public domain;
// the package itself is ISC-licensed) and topojson-client@3 to decode it.
//   mkdir /tmp/atlas && cd /tmp/atlas && npm install world-atlas@2 topojson-client@3
//   NODE_PATH=/tmp/atlas/node_modules node scripts/map/basemap.js > app/src/main/resources/web/map/basemap.json
// Output: land polygons clipped to the frame and the land borders between countries inside it, as
// [lon, lat] rings rounded to 0.01 degree. The server projects them with the stations.
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');

const FRAME = { west: 100, east: 146, south: 30, north: 56 };
const atlas = path.dirname(require.resolve('world-atlas/package.json'));
const version = require('world-atlas/package.json').version;

const round = (p) => [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];

// Sutherland–Hodgman against one edge of the frame.
function clipEdge(ring, inside, cut) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i], prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cut(prev, cur));
    }
  }
  return out;
}
const atX = (a, b, x) => [x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])];
const atY = (a, b, y) => [a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y];
function clipRing(ring) {
  let r = ring;
  r = clipEdge(r, (p) => p[0] >= FRAME.west, (a, b) => atX(a, b, FRAME.west));
  r = clipEdge(r, (p) => p[0] <= FRAME.east, (a, b) => atX(a, b, FRAME.east));
  r = clipEdge(r, (p) => p[1] >= FRAME.south, (a, b) => atY(a, b, FRAME.south));
  r = clipEdge(r, (p) => p[1] <= FRAME.north, (a, b) => atY(a, b, FRAME.north));
  return r;
}
function dedupe(points) {
  const out = [];
  for (const p of points.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
// Open polylines: keep the runs of points inside the frame.
function clipLine(line) {
  const runs = [];
  let run = [];
  const inside = (p) => p[0] >= FRAME.west && p[0] <= FRAME.east && p[1] >= FRAME.south && p[1] <= FRAME.north;
  for (const p of line) {
    if (inside(p)) run.push(p);
    else if (run.length) { runs.push(run); run = []; }
  }
  if (run.length) runs.push(run);
  return runs.map(dedupe).filter((r) => r.length > 1);
}

const landTopo = JSON.parse(fs.readFileSync(path.join(atlas, 'land-50m.json'), 'utf8'));
const countriesTopo = JSON.parse(fs.readFileSync(path.join(atlas, 'countries-50m.json'), 'utf8'));

const land = [];
for (const f of topojson.feature(landTopo, landTopo.objects.land).features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    const ring = dedupe(clipRing(poly[0]));
    if (ring.length > 3) land.push(ring);
  }
}
const mesh = topojson.mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
const borders = mesh.coordinates.flatMap(clipLine);

process.stdout.write(JSON.stringify({
  source: `Natural Earth 4.1.0 (1:50m land and admin-0 countries) via the npm package world-atlas@${version}`,
  licence: 'Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/); world-atlas is ISC-licensed',
  tool: 'scripts/map/basemap.js',
  frame: FRAME,
  land,
  borders,
}) + '\n');
