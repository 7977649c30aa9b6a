// A `u32` counter cannot index an array: rustc lists the `usize` impls of `SliceIndex`.
fn main() {
    let days = ["mon", "tue", "wed"];
    let today: u32 = 2;
    println!("{}", days[today]);
}
