// Map: the date slider recolours the railways by who held them on the chosen day, as the server's
// rail engine answers /api/network. Text goes in with textContent only.
(function () {
  const slider = document.getElementById('date-slider');
  const input = document.getElementById('date');
  const shown = document.getElementById('shown-date');
  if (!slider || !input) return;
  const UNCERTAIN = '#9aa0a6';
  const DAY = 86400000;
  const iso = (epochDay) => new Date(epochDay * DAY).toISOString().slice(0, 10);
  const epochDay = (text) => Math.round(Date.parse(text + 'T00:00:00Z') / DAY);
  let timer = null;
  let asked = 0;

  function claims(list) {
    if (!list.length) return 'no control record';
    return list.map((c) => c.controller + ' (' + (c.kind || '?') + ', ' + c.period + ', ' + c.certainty
      + (c.claimedBy ? ', reported by ' + c.claimedBy : '') + ')').join('; ');
  }

  // As the server's MapPage: control known only as someone's report is drawn dotted and says whose.
  function reported(t) {
    return !!t.shownController && (t.shownCertainty === 'reported' || !!t.shownClaimedBy);
  }

  function title(t, path) {
    const old = path.querySelector('title');
    if (!old) return;
    const ends = old.textContent.split('; ')[0];
    const held = !t.shownController ? 'no certain control on the date'
      : 'held by ' + t.shownController + (reported(t) ? ' (reported by ' + (t.shownClaimedBy || 'an unnamed source') + ')' : '');
    old.textContent = ends + '; ' + held;
  }

  async function recolour(day) {
    const mine = ++asked;
    const response = await fetch('/api/network?date=' + encodeURIComponent(day));
    if (!response.ok || mine !== asked) return;
    const net = await response.json();
    const colours = {};
    net.controllers.forEach((c) => { colours[c.id] = c.colour; });
    net.tracks.forEach((t, i) => {
      const path = document.querySelector('path.rail[data-i="' + i + '"]');
      if (path) {
        path.setAttribute('stroke', t.shownController ? (colours[t.shownController] || UNCERTAIN) : UNCERTAIN);
        path.classList.toggle('reported', reported(t));
        title(t, path);
      }
      const cell = document.querySelector('#tracks tr[data-i="' + i + '"] td.held-by');
      if (cell) cell.textContent = claims(t.controlledBy);
    });
    const heading = document.getElementById('tracks-heading');
    if (heading) heading.textContent = 'Tracks on ' + day;
    document.getElementById('map').dataset.date = day;
  }

  function chosen(day, now) {
    input.value = day;
    shown.textContent = day;
    clearTimeout(timer);
    timer = setTimeout(() => recolour(day), now ? 0 : 120);
  }

  slider.addEventListener('input', () => chosen(iso(Number(slider.value)), false));
  slider.addEventListener('change', () => chosen(iso(Number(slider.value)), true));
  input.addEventListener('change', () => {
    if (!input.value) return;
    slider.value = String(epochDay(input.value));
    chosen(input.value, true);
  });
  shown.textContent = input.value;
  document.getElementById('map').dataset.date = input.value;
})();
