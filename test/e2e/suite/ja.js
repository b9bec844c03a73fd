'use strict';
exports.run = () => require('./index').runPass(/\.ja-test\.js$/);
