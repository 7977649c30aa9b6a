//@ mode: run
// A small receipt: strings left-aligned, prices right-aligned with two decimals.
fn line(item: &str, quantity: u32, price: f64) {
    let total = quantity as f64 * price;
    println!("{:<10}|{:>3} x {:>6.2} = {:>8.2}", item, quantity, price, total);
}

fn main() {
    println!("{:=^36}", " RECEIPT ");
    line("apple", 3, 0.5);
    line("bread", 1, 2.25);
    line("cheese", 2, 7.125);
    println!("{:-<36}", "");
    println!("{:<10}{:>26.2}", "TOTAL", 1.5 + 2.25 + 14.25);
}
