// The result of `get_ref` borrows the vector: no push while it is used.
fn get_ref<'a>(v: &'a Vec<i32>) -> &'a i32 {
    &v[0]
}

fn main() {
    let mut v = vec![1, 2, 3];
    let first = get_ref(&v);
    v.push(4);
    println!("{first}");
}
