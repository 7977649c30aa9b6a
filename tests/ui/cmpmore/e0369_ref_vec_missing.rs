// Comparing references to vectors needs `PartialEq` of the elements.
struct Cell(u8);

fn main() {
    let a = vec![Cell(1), Cell(2)];
    let b = vec![Cell(1)];
    if &a == &b {
        println!("same");
    }
}
