// Reader: footnote popovers and the raw OCR lines beside a paragraph. Text is only ever inserted
// with textContent, never as markup.
(function () {
  const popover = document.getElementById('popover');

  function showNote(ref) {
    const note = document.getElementById(ref.dataset.note);
    if (!note || !popover) return;
    popover.replaceChildren();
    const text = document.createElement('div');
    text.className = 'popover-text';
    text.textContent = note.querySelector('.note-text').textContent;
    const go = document.createElement('a');
    go.className = 'goto';
    go.href = '#' + note.id;
    go.textContent = 'Footnote ' + note.querySelector('.label').textContent + ' at the foot of the page';
    go.addEventListener('click', () => { popover.hidden = true; });
    popover.append(text, go);
    const r = ref.getBoundingClientRect();
    popover.style.left = Math.max(8, window.scrollX + r.left - 40) + 'px';
    popover.style.top = (window.scrollY + r.bottom + 6) + 'px';
    popover.hidden = false;
  }

  document.addEventListener('click', (e) => {
    const ref = e.target.closest('a.fn-ref');
    if (ref) {
      e.preventDefault();
      showNote(ref);
      return;
    }
    if (popover && !popover.hidden && !popover.contains(e.target)) popover.hidden = true;
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && popover) popover.hidden = true; });

  document.querySelectorAll('button.raw-toggle').forEach((button) => {
    button.addEventListener('click', async () => {
      const para = button.closest('.para');
      const shown = para.querySelector('pre.raw');
      if (shown) {
        shown.remove();
        para.classList.remove('with-raw');
        button.setAttribute('aria-expanded', 'false');
        return;
      }
      const response = await fetch(button.dataset.raw);
      const pre = document.createElement('pre');
      pre.className = 'raw';
      pre.textContent = response.ok ? await response.text() : 'Could not read the raw lines (' + response.status + ').';
      para.insertBefore(pre, button);
      para.classList.add('with-raw');
      button.setAttribute('aria-expanded', 'true');
    });
  });
})();
