// The demo page's one bit of behaviour: ?lang=en switches the page language, which every element inherits.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
