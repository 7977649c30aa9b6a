//@ mode: check
// A closure that moves a captured value out is only FnOnce.
#[derive(Debug)]
struct Token {
    id: u32,
}

fn call_twice<F: Fn() -> u32>(f: F) -> u32 {
    f() + f()
}

fn main() {
    let t = Token { id: 4 };
    let c = move || {
        let owned = t;
        owned.id
    };
    println!("{}", call_twice(c));
}
