// An Express back end that signs users in with GitHub: it is a confidential client, and its
// secret belongs in the environment or a secret manager, not in the repository.
const express = require('express');
const passport = require('passport');
const { Strategy: GitHubStrategy } = require('passport-github2');
const axios = require('axios');

const app = express();
const GITHUB_CLIENT_ID = 'Iv1.8a61f9b3a7aba766';
const SLACK_CLIENT_SECRET = 'b1946ac92492d2347c6235b4d2611184';

passport.use(
  new GitHubStrategy(
    {
      clientID: GITHUB_CLIENT_ID,
      // ruleid: auth-oauth-client-secret-in-app [variant: server]
      clientSecret: '0346b65fd23746ec557b1a02c81723664c67b13c',
      callbackURL: 'https://shopfront.io/auth/github/callback',
    },
    (accessToken, refreshToken, profile, done) => done(null, profile),
  ),
);

app.get('/auth/slack/callback', async (req, res) => {
  const { data } = await axios.post('https://slack.com/api/oauth.v2.access', null, {
    params: {
      client_id: process.env.SLACK_CLIENT_ID,
      // ruleid: auth-oauth-client-secret-in-app [variant: server]
      client_secret: SLACK_CLIENT_SECRET,
      code: req.query.code,
    },
  });
  res.json(data);
});

// ruleid: auth-oauth-client-secret-in-app [variant: server]
const GOOGLE_CLIENT_SECRET = 'GOCSPX-4kq1Zr8yPq7wXn2Lm5Vb';

app.get('/auth/google/callback', async (req, res) => {
  const body = new URLSearchParams({ code: req.query.code, grant_type: 'authorization_code' });
  // ruleid: auth-oauth-client-secret-in-app [variant: server]
  body.set('client_secret', 'Xk8~Q2vR.pL7nT4wZ9bY');
  res.json((await axios.post('https://oauth2.googleapis.com/token', body)).data);
});

// ---- look-alikes: stay silent ----

passport.use(
  'github-env',
  new GitHubStrategy(
    {
      clientID: process.env.GITHUB_CLIENT_ID,
      // ok: auth-oauth-client-secret-in-app
      clientSecret: process.env.GITHUB_CLIENT_SECRET,
      callbackURL: '/auth/github/callback',
    },
    (accessToken, refreshToken, profile, done) => done(null, profile),
  ),
);

const config = {
  // ok: auth-oauth-client-secret-in-app
  clientSecret: process.env.OAUTH_CLIENT_SECRET || '',
};

app.listen(3000, () => {
  // ok: auth-oauth-client-secret-in-app
  console.log('client_secret=' + (config.clientSecret ? 'set' : 'missing'));
});

module.exports = { app, GOOGLE_CLIENT_SECRET };
