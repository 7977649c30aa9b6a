// `skip`, `take`, `nth`, `last` and `count` on slice iterators.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    for x in v.iter().skip(2).take(3) {
        println!("{}", x);
    }
    println!("{:?} {:?}", v.iter().nth(4), v.iter().last());
    println!("{}", v.iter().count());
}
