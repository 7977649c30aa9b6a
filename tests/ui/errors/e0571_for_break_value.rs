//@ mode: check
fn main() {
    let found = for i in 0..10 {
        if i == 4 {
            break i;
        }
    };
    println!("{:?}", found);
}
