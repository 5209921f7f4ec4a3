// Drives an import run's progress bar: polls the run's JSON progress and, once the run has finished,
// reloads the page to show its report. Without scripts the page offers a reload link instead.
(function () {
    'use strict';

    function text(id, value) {
        var element = document.getElementById(id);
        if (element) {
            element.textContent = value;
        }
    }

    function follow(panel) {
        var url = panel.getAttribute('data-progress');
        var reload = panel.querySelector('.reload');
        if (reload) {
            reload.hidden = true;
        }
        var bar = document.getElementById('run-bar');
        function poll() {
            fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.json();
                })
                .then(function (progress) {
                    if (bar) {
                        bar.value = progress.percent;
                        bar.textContent = progress.percent + '%';
                    }
                    text('run-counts', progress.filesDone + ' of ' + progress.filesTotal + ' files');
                    text('run-elapsed', progress.elapsedSeconds + ' s');
                    text('run-status', progress.status);
                    if (progress.currentFile) {
                        text('run-current', progress.currentFile);
                    }
                    if (progress.finished) {
                        window.location.reload();
                    } else {
                        window.setTimeout(poll, 600);
                    }
                })
                .catch(function () {
                    if (reload) {
                        reload.hidden = false;
                    }
                    window.setTimeout(poll, 3000);
                });
        }
        poll();
    }

    document.addEventListener('DOMContentLoaded', function () {
        var panel = document.querySelector('.run-progress[data-running="true"]');
        if (panel) {
            follow(panel);
        }
    });
})();
