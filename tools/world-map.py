#!/usr/bin/env python3
"""Writes the web page's world map: Natural Earth 1:110m country outlines (public domain), as shipped in the
npm package world-atlas 2.0.2 (ISC), turned from TopoJSON into a compact GeoJSON whose feature ids are ISO 3166-1
alpha-3 codes (from GeoNames' countryInfo.tsv), coordinates rounded to 0.1 degree; rings
across the antimeridian are kept whole past +-180 degrees, and Antarctica is left out.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/world-map.py package/countries-110m.json ../shared/data/geonames/countryInfo.tsv \
        > dyad-server/src/main/resources/org/dyad/server/web/world-110m.json
"""
import json
import sys


def main(topo_path, info_path):
    topo = json.load(open(topo_path, encoding="utf-8"))
    alpha3 = {}
    for line in open(info_path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) > 2 and f[2].strip("0"):
            alpha3[f[2].zfill(3)] = f[1]
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((round(x * sx + tx, 1), round(y * sy + ty, 1)))
        arcs.append(pts)

    def ring(indexes):
        out = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        dedup = [out[0]]
        for p in out[1:]:
            if p != dedup[-1]:
                dedup.append(p)
        return unwrap([list(p) for p in dedup])

    def unwrap(r):
        # A ring across the antimeridian (Russia's Chukotka, Fiji, the Aleutians) jumps by 360 degrees: move
        # its minority side past +-180 so the ring stays whole (the map clips what lies beyond the edge).
        if not any(abs(a[0] - b[0]) > 180 for a, b in zip(r, r[1:])):
            return r
        east = sum(1 for p in r if p[0] >= 0)
        if east >= len(r) - east:
            return [[p[0] + 360 if p[0] < 0 else p[0], p[1]] for p in r]
        return [[p[0] - 360 if p[0] > 0 else p[0], p[1]] for p in r]

    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") not in ("Polygon", "MultiPolygon") or g.get("id") == "010":
            continue  # Antarctica (010) lies below the map's southern edge
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        coords = []
        for poly in polys:
            rings = [ring(r) for r in poly]
            rings = [r for r in rings if len(r) >= 4]
            if rings:
                coords.append(rings)
        name = g.get("properties", {}).get("name", "")
        # Natural Earth gives no numeric id to Kosovo, Northern Cyprus and Somaliland.
        code = alpha3.get(str(g.get("id", "")).zfill(3)) or {"Kosovo": "XKX", "N. Cyprus": "CYN",
                                                             "Somaliland": "SOL"}.get(name, "")
        features.append({"type": "Feature", "id": code, "properties": {"name": name},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    json.dump({"type": "FeatureCollection",
               "source": "Natural Earth 1:110m countries (public domain), via world-atlas 2.0.2",
               "features": features}, sys.stdout, separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
