fn describe(xs: &[char]) {
    let [first, ..] = xs else {
        println!("nothing");
        return;
    };
    let [.., last] = xs else { return };
    println!("from {first} to {last}");
}

fn main() {
    describe(&['a', 'b', 'c']);
    describe(&[]);
    describe(&['z']);
}
