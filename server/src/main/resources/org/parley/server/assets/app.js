// Turns highlight layers on and off in the article reader; the page works without it.
document.addEventListener('DOMContentLoaded', () => {
  const boxes = Array.from(document.querySelectorAll('fieldset.legend input[data-layer]'));
  const update = () => {
    const on = new Set(boxes.filter(b => b.checked).map(b => b.dataset.layer));
    document.querySelectorAll('#text mark[data-layers]').forEach(m => {
      const shown = m.dataset.layers.split(' ').some(l => on.has(l));
      m.classList.toggle('plain', !shown);
    });
  };
  boxes.forEach(b => b.addEventListener('change', update));
  // A link to a statement lands on its highlight: give it the focus, so keyboard and screen reader follow.
  const focusTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && document.getElementById(id);
    document.querySelectorAll('mark.current').forEach(m => m.classList.remove('current'));
    if (target && target.matches('mark[tabindex]')) {
      // Every piece of the statement, not only the first, shows which one was followed.
      const group = target.dataset.statement;
      document.querySelectorAll('#text mark[data-statements]').forEach(m => {
        if (m.dataset.statements.split(' ').includes(group)) {
          m.classList.add('current');
        }
      });
      target.focus();
    } else if (target && target.closest('#text')) {
      // An event's or a narrative's evidence: its mark, or the mark after the empty anchors that share its start.
      let mark = target;
      while (mark && !mark.matches('mark')) {
        mark = mark.nextElementSibling;
      }
      if (mark) {
        // Every piece of the evidence followed, not only its first.
        document.querySelectorAll('#text mark[data-evidence]').forEach(m => {
          if (m.dataset.evidence.split(' ').includes(id)) {
            m.classList.add('current');
          }
        });
        // Focusable only once followed, so the Tab order stays the links'.
        mark.tabIndex = -1;
        mark.classList.add('current');
        mark.focus();
        // The browser's own move to the fragment (an empty anchor) can take the focus back after this runs.
        setTimeout(() => mark.focus(), 0);
      }
    }
  };
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
});
