// On a wide screen the "Filter and sort" disclosure of a list stands open beside the results. Without this
// script the page still works: CSS shows the open sidebar where the browser supports ::details-content, and
// on a phone the disclosure opens and closes by itself.
(function () {
    var wide = window.matchMedia('(min-width: 48.01rem)');
    function follow() {
        document.querySelectorAll('details.refine').forEach(function (details) {
            details.open = wide.matches;
        });
    }
    follow();
    wide.addEventListener('change', follow);
})();
