// Interface text in Spanish and English; the data (CAMEO names, actors) stays as Dyad codes it.
export const TEXT = {
  es: {
    skip: 'Saltar al contenido', views: 'Vistas', read: 'Leer', explore: 'Explorar', map: 'Mapa',
    pasteLabel: 'Pega el texto de un artículo (o su HTML)', upload: 'o sube un archivo (.txt, .html)',
    date: 'Fecha del artículo', extract: 'Extraer eventos', text: 'Texto', actors: 'actores',
    predicates: 'predicados', times: 'tiempo', places: 'lugares', events: 'Eventos',
    eventList: 'Eventos del artículo', stored: 'Artículos guardados', actorA: 'Actor A', actorB: 'Actor B', actor: 'Actor', by: 'Periodo',
    week: 'semana', month: 'mes', year: 'año', show: 'Mostrar', timeline: 'Cooperación y conflicto',
    q1: 'cooperación verbal', q2: 'cooperación material', q3: 'conflicto verbal', q4: 'conflicto material',
    goldstein: 'Goldstein (suma)', bucketEvents: 'Eventos del periodo', network: 'Red de actores',
    from: 'Desde', to: 'Hasta',
    credits: 'Contornos de países: Natural Earth (dominio público). Lugares: GeoNames (CC BY 4.0).',
    switchTo: 'English', working: 'Extrayendo…', loading: 'Cargando…', noEvents: 'Ningún evento.',
    found: n => `${n} ${n === 1 ? 'evento' : 'eventos'}`, per: 'según', noDate: 'sin fecha', in: 'en',
    article: 'artículo', needText: 'Pega un texto o sube un archivo.', error: 'Error',
    timelineOf: (a, b) => `Cooperación y conflicto entre ${a} y ${b}`,
    bucketOf: (label, n) => `Eventos de ${label} (${n})`, pickBar: 'Elige una barra para ver sus eventos.',
    barLabel: (label, b) => `${label}: ${b.total} eventos (${b.verbal_cooperation} coop. verbal, `
      + `${b.material_cooperation} coop. material, ${b.verbal_conflict} conflicto verbal, `
      + `${b.material_conflict} conflicto material), Goldstein ${b.goldstein}`,
    noTimeline: 'No hay eventos entre estos actores.',
    edge: (d) => `${d.source} → ${d.target}: ${d.events} eventos, ${d.cooperation} de cooperación, `
      + `${d.conflict} de conflicto`,
    mapCount: (n, placed) => `${n} eventos, ${placed} con lugar en el mapa`,
    mentions: n => `${n} ${n === 1 ? 'mención' : 'menciones'}`,
    factuality: { asserted: 'afirmado', reported: 'informado', alleged: 'presunto', denied: 'negado (desmentido)',
      expected: 'previsto', negated: 'negado', hypothetical: 'hipotético' },
  },
  en: {
    skip: 'Skip to content', views: 'Views', read: 'Read', explore: 'Explore', map: 'Map',
    pasteLabel: 'Paste the text of an article (or its HTML)', upload: 'or upload a file (.txt, .html)',
    date: 'Article date', extract: 'Extract events', text: 'Text', actors: 'actors',
    predicates: 'predicates', times: 'time', places: 'places', events: 'Events',
    eventList: 'Events of the article', stored: 'Stored articles', actorA: 'Actor A', actorB: 'Actor B', actor: 'Actor', by: 'Period',
    week: 'week', month: 'month', year: 'year', show: 'Show', timeline: 'Cooperation and conflict',
    q1: 'verbal cooperation', q2: 'material cooperation', q3: 'verbal conflict', q4: 'material conflict',
    goldstein: 'Goldstein (sum)', bucketEvents: 'Events of the period', network: 'Actor network',
    from: 'From', to: 'To',
    credits: 'Country outlines: Natural Earth (public domain). Places: GeoNames (CC BY 4.0).',
    switchTo: 'Español', working: 'Extracting…', loading: 'Loading…', noEvents: 'No events.',
    found: n => `${n} ${n === 1 ? 'event' : 'events'}`, per: 'per', noDate: 'no date', in: 'in',
    article: 'article', needText: 'Paste a text or upload a file.', error: 'Error',
    timelineOf: (a, b) => `Cooperation and conflict between ${a} and ${b}`,
    bucketOf: (label, n) => `Events of ${label} (${n})`, pickBar: 'Pick a bar to list its events.',
    barLabel: (label, b) => `${label}: ${b.total} events (${b.verbal_cooperation} verbal cooperation, `
      + `${b.material_cooperation} material cooperation, ${b.verbal_conflict} verbal conflict, `
      + `${b.material_conflict} material conflict), Goldstein ${b.goldstein}`,
    noTimeline: 'No events between these actors.',
    edge: (d) => `${d.source} → ${d.target}: ${d.events} events, ${d.cooperation} cooperation, `
      + `${d.conflict} conflict`,
    mapCount: (n, placed) => `${n} events, ${placed} placed on the map`,
    mentions: n => `${n} ${n === 1 ? 'mention' : 'mentions'}`,
    factuality: { asserted: 'asserted', reported: 'reported', alleged: 'alleged', denied: 'denied',
      expected: 'expected', negated: 'negated', hypothetical: 'hypothetical' },
  },
};
