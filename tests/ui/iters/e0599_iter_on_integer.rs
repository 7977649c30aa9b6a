// An integer has no `iter` method.
fn main() {
    let n = 5;
    for x in n.iter() {
        println!("{}", x);
    }
}
