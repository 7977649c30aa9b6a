// Every prelude trait a learner implements by hand, with its required item left out:
// rustc's help writes each signature from std's declaration.
use std::fmt;

struct Badge(u32);

impl fmt::Display for Badge {}
impl fmt::Debug for Badge {}
impl Clone for Badge {}
impl Default for Badge {}
impl PartialEq for Badge {}
impl Eq for Badge {}
impl PartialOrd for Badge {}
impl Ord for Badge {}

fn main() {
    let b = Badge(1);
    println!("{}", b.0);
}
