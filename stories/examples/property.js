// A portal's own code: fetch the disclosure once, hand it to each element as a property.
const response = await fetch(new URL('../data/seed-2022.json', import.meta.url));
const disclosure = await response.json();
for (const id of ['summary', 'functions', 'three-public']) document.getElementById(id).disclosure = disclosure;
