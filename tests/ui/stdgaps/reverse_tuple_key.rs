use std::cmp::Reverse;

fn main() {
    let mut people = vec![("ann", 31), ("bob", 25), ("cy", 31), ("dee", 40)];
    people.sort_by_key(|&(name, age)| (Reverse(age), name));
    println!("{:?}", people);
    let mut rs = vec![Reverse(2), Reverse(9), Reverse(4)];
    rs.sort();
    println!("{:?}", rs);
    let smallest = [5, 2, 8].iter().min_by_key(|x| Reverse(**x));
    println!("{:?}", smallest);
    println!("{}", Reverse("a") > Reverse("b"));
    println!("{:?}", Reverse(3).cmp(&Reverse(4)));
}
