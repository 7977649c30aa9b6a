// Functions returning closures as `impl Fn..`: an adder, a composition of two
// closures, and a closure that hands out a value it owns once.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn compose(f: impl Fn(i32) -> i32, g: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}

struct Ticket {
    seat: u32,
}

fn redeem_later(seat: u32) -> impl FnOnce() -> Ticket {
    let t = Ticket { seat };
    move || t
}

fn main() {
    let add5 = make_adder(5);
    println!("{} {}", add5(10), add5(-5));
    let both = compose(make_adder(1), make_adder(10));
    println!("{}", both(100));
    let later = redeem_later(12);
    println!("seat {}", later().seat);
}
