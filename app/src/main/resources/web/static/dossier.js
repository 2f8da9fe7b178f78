// Shared by every page: nothing yet beyond marking the page as scripted, so that CSS could tell.
document.documentElement.classList.add('js');
