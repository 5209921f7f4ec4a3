// "Copy" buttons of a statement's citations: copy the text of the element the button names.
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (!button) {
        return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    var text = source.value !== undefined ? source.value : source.textContent;
    var done = function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { button.textContent = 'Select and copy'; });
    } else {
        button.textContent = 'Select and copy';
    }
});
