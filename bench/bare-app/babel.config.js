// The project's own babel setup (../../babel.config.js): the baseline must compile like the app.
module.exports = require('../../babel.config.js');
