// The session timeout warning (the GOV.UK timeout-warning pattern): two minutes before the session would end
// without activity, a modal dialog says so and offers "Stay signed in". Before showing it, the page asks the server
// how long the session really has left (another tab may have kept it alive, or its absolute lifetime may be
// nearer). Without JavaScript none of this runs and the page works as it is; a form posted after the session ended
// is kept for the officer in any case.
(function () {
  'use strict';
  var dialog = document.getElementById('session-timeout');
  if (!dialog || typeof dialog.showModal !== 'function' || !window.fetch) {
    return;
  }
  var idle = Number(dialog.getAttribute('data-idle-seconds')) * 1000;
  var warn = Number(dialog.getAttribute('data-warn-seconds')) * 1000;
  var heading = document.getElementById('session-timeout-title');
  var live = document.getElementById('session-timeout-text');
  var stay = dialog.querySelector('[data-keep-alive]');
  var close = dialog.querySelector('[data-close]');
  var form = stay.form;
  var words = {
    soon: dialog.getAttribute('data-text-soon'),
    final: dialog.getAttribute('data-text-final'),
    ended: dialog.getAttribute('data-text-ended')
  };
  var timer = null;
  var ticker = null;
  var endsAt = 0;
  var returnFocus = null;

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, Math.max(1000, delay));
  }

  function check() {
    window.fetch(dialog.getAttribute('data-status-address'), { headers: { Accept: 'application/json' }, credentials: 'same-origin',
      redirect: 'manual' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('no session');
        }
        return answer.json();
      })
      .then(function (status) {
        var skew = Date.now() - Date.parse(status.now);
        var idleEnd = Date.parse(status.idleEndsAt) + skew;
        var hardEnd = Date.parse(status.endsAt) + skew;
        endsAt = Math.min(idleEnd, hardEnd);
        var left = endsAt - Date.now();
        if (left > warn + 5000) {
          schedule(left - warn);
        } else {
          open(hardEnd <= idleEnd);
        }
      })
      .catch(ended);
  }

  function minutesAndSeconds(ms) {
    var seconds = Math.max(0, Math.round(ms / 1000));
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return (minutes > 0 ? minutes + (minutes === 1 ? ' minute' : ' minutes') : '')
      + (minutes > 0 && rest > 0 ? ' ' : '')
      + (rest > 0 || minutes === 0 ? rest + (rest === 1 ? ' second' : ' seconds') : '');
  }

  function say(template) {
    live.textContent = template.replace('[time]', minutesAndSeconds(endsAt - Date.now()));
  }

  function open(final) {
    if (!dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
      heading.focus();
    }
    stay.hidden = final;
    close.hidden = !final;
    var template = final ? words.final : words.soon;
    say(template);
    window.clearInterval(ticker);
    // Read out every 20 seconds, not every second: a screen reader would otherwise talk without pause.
    ticker = window.setInterval(function () {
      if (Date.now() >= endsAt) {
        ended();
      } else {
        say(template);
      }
    }, 20000);
    window.clearTimeout(timer);
    timer = window.setTimeout(ended, Math.max(0, endsAt - Date.now()));
  }

  function ended() {
    window.clearInterval(ticker);
    window.clearTimeout(timer);
    if (!dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
    }
    stay.hidden = true;
    close.hidden = false;
    live.textContent = words.ended;
    heading.focus();
  }

  function dismiss() {
    window.clearInterval(ticker);
    dialog.close();
    if (returnFocus && typeof returnFocus.focus === 'function') {
      returnFocus.focus();
    }
  }

  function keepAlive(event) {
    if (event) {
      event.preventDefault();
    }
    window.fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'application/json' }, credentials: 'same-origin', redirect: 'manual' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('no session');
        }
        dismiss();
        schedule(idle - warn);
      })
      .catch(ended);
  }

  form.addEventListener('submit', keepAlive);
  close.addEventListener('click', dismiss);
  // Escape means "stay signed in" while that is possible, as in the pattern; otherwise it just closes.
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    if (stay.hidden) {
      dismiss();
    } else {
      keepAlive();
    }
  });
  schedule(idle - warn);
}());
