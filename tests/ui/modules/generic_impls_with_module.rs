// Generic and lifetime-generic inherent impls in a program that also has a module.
mod m { pub fn f() {} }
struct Parser<'a> { input: &'a str }
impl<'a> Parser<'a> { fn get(&self) -> &'a str { self.input } }
struct W<T> { t: T }
impl<T: Clone> W<T> { fn get(&self) -> T { self.t.clone() } }
fn main() { m::f(); println!("{} {}", Parser { input: "x" }.get(), W { t: 1 }.get()); }
