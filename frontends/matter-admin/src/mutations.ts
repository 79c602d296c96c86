import { gql, type GraphQLVariables, type TypedDocument } from '@hall/styleguide';
import { ElMessage } from 'element-plus';
import { describeRefusal } from './server-errors';

/** Runs a list action (publish, withdraw); a refusal is told in a message and answers null. */
export async function runMutation<T, V extends GraphQLVariables>(mutation: TypedDocument<T, V>, variables: V): Promise<T | null> {
  try {
    return await gql(mutation, variables);
  } catch (error) {
    ElMessage({ type: 'error', message: describeRefusal(error).alert, duration: 8000, showClose: true });
    return null;
  }
}
