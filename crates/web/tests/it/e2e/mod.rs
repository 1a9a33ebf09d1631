//! Journeys in a real browser (Debian's Chromium through chromedriver): a teacher signs in
//! and opens the round, imports a class list with a bad row and then the fixed one, and
//! switches language; the school admin and the care coordinator walk their pages. Every
//! page visited is checked with axe-core (WCAG 2.1 A and AA) and saved as a screenshot.

mod booking;
mod browser;
mod calendar;
mod conference;
mod family;
mod injection;
mod journeys;
mod letters;
mod names;
mod printed;
mod tablet;
