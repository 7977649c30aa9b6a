// A number on the left: integers implement `Mul`, but not with a struct on the right.
struct Price {
    cents: u32,
}

fn main() {
    let unit = Price { cents: 199 };
    let total = 3 * unit;
    println!("{}", total.cents);
}
