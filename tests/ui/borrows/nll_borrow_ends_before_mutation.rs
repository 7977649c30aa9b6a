// A shared borrow that is not used after a later mutation ends before it (NLL).
fn main() {
    let mut total = 10;
    let r = &total;
    println!("read {r}");
    total += 5;
    let m = &mut total;
    *m *= 2;
    let again = &total;
    println!("now {again} {total}");
}
