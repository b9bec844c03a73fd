'use strict';
exports.run = () => require('./index').runPass(/\.multi-root-test\.js$/);
