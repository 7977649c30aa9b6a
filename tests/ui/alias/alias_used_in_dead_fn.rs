type Unit = u8;

fn never(x: Unit) -> Unit {
    x
}

fn main() {
    println!("hi");
}
