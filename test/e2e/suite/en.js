'use strict';
exports.run = () => require('./index').runPass(/\.test\.js$/);
