//@ mode: check
// Dead stores: values overwritten or dropped before anyone reads them.
fn a() {}
fn b() {}
fn c() -> i32 { 1 }

fn main() {
    let mut x = 0;
    x = 5;
    println!("{}", x);
    let mut count = 0;
    while count < 3 {
        count += 1;
    }
    let mut total = 10;
    total += 1;
    let z = 3;
    let z = z + 1;
    let _ignored = 4;
    let mut w = 1;
    println!("{}", w);
    w = 7;
}
