//@ mode: run
// {:#?} on nested tuples, and Debug of strs and chars inside them.
fn main() {
    let point = (3, -4);
    let labelled = ("origin", (0.0, 0.5), 'o', true);
    println!("{:?}", labelled);
    println!("{:#?}", point);
    println!("{:#?}", labelled);
    println!("{:?}", ());
    println!("{:?}", (1,));
    println!("{:#?}", ((1, 2), ("a\"b", '\n')));
}
