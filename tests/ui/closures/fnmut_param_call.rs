// Passing `&mut` state through an FnMut closure called in a loop.
fn for_each_index<F: FnMut(usize)>(n: usize, mut f: F) {
    let mut i = 0;
    while i < n {
        f(i);
        i += 1;
    }
}

fn main() {
    let mut squares = [0; 5];
    for_each_index(5, |i| squares[i] = i * i);
    println!("{:?}", squares);
}
